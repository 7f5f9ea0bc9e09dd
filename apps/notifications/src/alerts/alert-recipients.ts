import { EntityManager } from 'typeorm';

export interface AlertRecipient {
  agencyId: string;
  name: string;
  emails: string[];
}

/**
 * The lead agencies of the OPEN tasks (not done, not cancelled) of a dimension in the province's ISSUED
 * plans for a year, sub-plans included: a sub-plan counts when it is issued itself and belongs to the
 * year, by its own year or its parent's. Agencies notifications has not heard of yet are left out.
 */
export async function alertRecipients(
  manager: EntityManager,
  provinceCode: string,
  year: number,
  dimension: number,
): Promise<AlertRecipient[]> {
  const rows: { id: string; name: string; emails: string[] }[] = await manager.query(
    `SELECT DISTINCT a.id, a.name, a.emails
       FROM task_view t
       JOIN plan_view p ON p.id = t.plan_id
       LEFT JOIN plan_view parent ON parent.id = p.parent_id
       JOIN agency_view a ON a.id = t.lead_agency_id
      WHERE p.province_code = $1 AND p.status = 'issued' AND (p.year = $2 OR parent.year = $2)
        AND t.dimension = $3 AND t.status NOT IN ('done', 'cancelled')
      ORDER BY a.name, a.id`,
    [provinceCode, year, dimension],
  );
  return rows.map((r) => ({ agencyId: r.id, name: r.name, emails: r.emails }));
}
