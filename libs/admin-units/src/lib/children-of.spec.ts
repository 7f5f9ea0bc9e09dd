import { childrenOf as sut } from './children-of';

describe('childrenOf', () => {
  it('lists the seven district-level units of Ninh Thuận (58) in 2020', () => {
    const children = sut('58', '2020-06-30');
    expect(children.map((u) => [u.code, u.name])).toEqual([
      ['582', 'Thành phố Phan Rang-Tháp Chàm'],
      ['584', 'Huyện Bác Ái'],
      ['585', 'Huyện Ninh Sơn'],
      ['586', 'Huyện Ninh Hải'],
      ['587', 'Huyện Ninh Phước'],
      ['588', 'Huyện Thuận Bắc'],
      ['589', 'Huyện Thuận Nam'],
    ]);
    expect(children.every((u) => u.level === 'district' && u.validTo === '2025-06-30')).toBe(true);
    expect(children.every((u) => u.abolishedOn === '2025-07-01' && u.successors.length === 0)).toBe(true);
  });

  it('has no Thuận Nam before it was split from Ninh Phước', () => {
    expect(sut('58', '2009-01-01').map((u) => u.code)).not.toContain('589');
  });

  it('is empty after the district level was abolished and for an unknown parent', () => {
    expect(sut('56', '2025-07-01')).toEqual([]);
    expect(sut('58', '2025-07-01')).toEqual([]);
    expect(sut('00', '2020-01-01')).toEqual([]);
  });
});
