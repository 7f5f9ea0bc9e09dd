import { InvalidRecipientException } from './mailer';
import { classifySmtpFailure } from './smtp-failure';

describe('classifySmtpFailure', () => {
  it.each([
    [{ responseCode: 550, response: '550 5.1.1 mailbox unavailable' }, true, '550 5.1.1 mailbox unavailable'],
    [{ responseCode: 554, response: '554 rejected' }, true, '554 rejected'],
    [{ responseCode: 421, response: '421 try later' }, false, '421 try later'],
    [{ responseCode: 451, response: '451 local error' }, false, '451 local error'],
    [
      { code: 'ECONNECTION', message: 'connect ECONNREFUSED 127.0.0.1:1025' },
      false,
      'connect ECONNREFUSED 127.0.0.1:1025',
    ],
    [{ code: 'ETIMEDOUT', message: 'Connection timeout' }, false, 'Connection timeout'],
    [{ code: 'EENVELOPE', message: 'No recipients defined' }, true, 'No recipients defined'],
  ])('%j → permanent %s', (error, permanent, message) => {
    expect(classifySmtpFailure(error)).toEqual({ permanent, message });
  });

  it('treats a delivery with no valid recipient as permanent: retrying cannot fix an address', () => {
    expect(classifySmtpFailure(new InvalidRecipientException('no valid recipient in ["x"]'))).toEqual({
      permanent: true,
      message: 'no valid recipient in ["x"]',
    });
  });
});
