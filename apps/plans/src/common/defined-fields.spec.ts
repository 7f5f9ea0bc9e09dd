import { definedFields } from './defined-fields';

class PatchDto {
  title?: string;
  status?: string;
}

describe('definedFields', () => {
  it('drops fields a DTO class declares but the body did not send', () => {
    const sut = Object.assign(new PatchDto(), { status: 'done' });
    expect(Object.keys(sut)).toEqual(['title', 'status']);
    expect(definedFields(sut)).toEqual({ status: 'done' });
  });
});
