import { rankingOption, sameProvince } from './ranking-model';

describe('ranking model', () => {
  it('matches province names across diacritics, đ and prefixes', () => {
    expect(sameProvince('Tỉnh Ninh Thuận', 'ninh thuan')).toBe(true);
    expect(sameProvince('Đà Nẵng', 'Da Nang')).toBe(true);
    expect(sameProvince('Ninh Bình', 'Ninh Thuận')).toBe(false);
  });

  it('sorts the bars best at the top and colours the own province', () => {
    const option = rankingOption(
      [
        { province: 'A', total: 40, rank: 2, group: 'best' },
        { province: 'Ninh Thuận', total: 42, rank: 1, group: 'best' },
        { province: 'C', total: 30, rank: 3, group: 'poor' },
      ],
      'Ninh Thuận',
      'vi',
    ) as { yAxis: { data: string[] }; series: { data: { itemStyle: { color: string } }[] }[] };
    expect(option.yAxis.data).toEqual(['C', 'A', 'Ninh Thuận']);
    expect(option.series[0].data[2].itemStyle.color).toBe('#0b5cad');
  });
});
