import { papi2019Framework, validateFramework } from '@papi/papi';
import { CreateFrameworkDto } from './dtos/framework.dto';
import { toFramework } from './to-framework';

describe('toFramework', () => {
  const asDto = () => JSON.parse(JSON.stringify(papi2019Framework)) as CreateFrameworkDto;

  it('reads a framework sent as data back to the same structure', () => {
    const dto = { ...asDto(), version: 'papi-2019-copy' };
    const { framework, problems } = toFramework(dto);
    expect(problems).toEqual([]);
    expect(validateFramework(framework)).toEqual([]);
    expect(framework.dimensions).toEqual(JSON.parse(JSON.stringify(papi2019Framework.dimensions)));
  });

  it('reports a share rule without its counted answers', () => {
    const dto = asDto();
    delete dto.dimensions[0].subDimensions[0].indicators[0].rule.yesValues;
    expect(toFramework(dto).problems).toEqual([
      { pointer: '/dimensions/0/subDimensions/0/indicators/0/rule/yesValues', detail: expect.any(String) },
    ]);
  });
});
