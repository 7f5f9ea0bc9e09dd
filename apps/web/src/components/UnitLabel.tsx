import type { UnitName } from '../lib/units';

/** A unit's name with its official code beside it (the code alone when no name is known). */
export function UnitLabel({ unit }: { unit: UnitName }) {
  if (!unit.name) return <>{unit.code}</>;
  return (
    <>
      {unit.name} <span className="muted code">({unit.code})</span>
    </>
  );
}
