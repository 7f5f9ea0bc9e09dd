import { headerSafe, isValidAddress } from './header-safety';

describe('headerSafe', () => {
  it.each([
    ['Sở Nội vụ\r\nBcc: x@evil.example', 'Sở Nội vụ Bcc: x@evil.example'],
    ['a\nb\rc\u2028d', 'a b c d'],
    ['  Thanh tra tỉnh\t', 'Thanh tra tỉnh'],
  ])('turns control characters of %j into spaces', (input, expected) => {
    expect(headerSafe(input)).toBe(expected);
  });
});

describe('isValidAddress', () => {
  it.each(['so-noi-vu@ninhthuan.example', 'a.b+c@sub.ninhthuan.gov.vn'])('accepts %s', (a) => {
    expect(isValidAddress(a)).toBe(true);
  });

  it.each([
    'x@evil.example\r\nBcc: y@evil.example',
    'Sở Nội vụ <snv@ninhthuan.example>',
    'no-at-sign',
    'a@b',
    'a@-b.example',
    '',
  ])('refuses %j', (a) => {
    expect(isValidAddress(a)).toBe(false);
  });
});
