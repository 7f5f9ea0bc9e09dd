import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AgencyUpserted, PlanUpserted, TaskUpserted } from '@papi/contracts';
import { SERVICE_CONFIG } from '@papi/platform-http';
import { Transaction, UnitOfWork } from '@papi/platform-messaging';
import { recordAudit, SYSTEM_SEED } from '../audit/audit-trail';
import { AgencyEntity } from '../agencies/agency.entity';
import { toAgencyEvent } from '../agencies/agency.mapper';
import { addDays, Clock, localDate } from '../common/clock';
import type { PlansConfig } from '../config/plans.config';
import { PlanEntity } from '../plans/plan.entity';
import { toPlanEvent } from '../plans/plan.mapper';
import { TaskEntity } from '../tasks/task.entity';
import { toTaskEvent } from '../tasks/task.mapper';
import { DEMO_TASKS, DIMENSION_TASKS, ILLUSTRATIVE, PLAN_1871, SEED_AGENCIES } from './ninh-thuan-2020.data';

/** Any constant: serialises seeders of several replicas booting at once. */
const SEED_LOCK = 1871_2020;

/**
 * Seeds Ninh Thuận's agencies, the historical Plan 1871/KH-UBND (closed) and a labelled demo plan for
 * the current year. Idempotent by natural keys (agency code, plan number): a restart adds nothing,
 * and records edited since are left as they are. Events go through the outbox like any other change.
 */
@Injectable()
export class PlansSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly config: PlansConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      await tx.manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const agencies = await this.seedAgencies(tx);
      await this.seedPlan1871(tx, agencies);
      await this.seedDemoPlan(tx, agencies);
    });
  }

  private get provinceCode(): string {
    return this.config.DEFAULT_PROVINCE_CODE;
  }

  private async seedAgencies(tx: Transaction): Promise<Map<string, AgencyEntity>> {
    const repo = tx.manager.getRepository(AgencyEntity);
    const byCode = new Map<string, AgencyEntity>();
    for (const seed of SEED_AGENCIES) {
      const existing = await repo.findOneBy({ provinceCode: this.provinceCode, code: seed.code });
      if (existing) {
        byCode.set(seed.code, existing);
        continue;
      }
      const agency = await repo.save(
        repo.create({
          provinceCode: this.provinceCode,
          code: seed.code,
          name: seed.name,
          kind: seed.kind,
          headTitle: seed.headTitle,
          emails: [`${seed.slug}@ninhthuan.example`],
          unitCode: seed.unitCode ?? null,
          validTo: seed.validTo ?? null,
        }),
      );
      await this.audit(tx, 'agency', agency);
      await tx.publish(AgencyUpserted, toAgencyEvent(agency));
      byCode.set(seed.code, agency);
    }
    return byCode;
  }

  private async seedPlan1871(tx: Transaction, agencies: Map<string, AgencyEntity>): Promise<void> {
    const { ownerAgencyCode, subPlanDueDate, dimensionDueDate, ...fields } = PLAN_1871;
    const plan = await this.createPlan(tx, {
      ...fields,
      status: 'closed',
      ownerAgencyId: agencies.get(ownerAgencyCode)!.id,
    });
    if (!plan) return;
    const id = (code: string) => agencies.get(code)!.id;
    for (const t of DIMENSION_TASKS) {
      await this.createTask(tx, plan, {
        dimension: t.dimension,
        title: `Nâng cao chỉ số nội dung ${t.dimension}: ${t.title}`,
        description: ILLUSTRATIVE,
        leadAgencyId: id(t.lead),
        coordinatingAgencyIds: t.coordinating.map(id),
        dueDate: dimensionDueDate,
        status: 'done',
        progressPercent: 100,
      });
    }
    for (const agency of agencies.values()) {
      await this.createTask(tx, plan, {
        kind: 'issue-sub-plan',
        dimension: 0,
        title: `Ban hành kế hoạch của cơ quan: ${agency.name}`,
        description:
          'Chủ tịch UBND tỉnh giao Thủ trưởng các Sở, ngành thuộc tỉnh, Chủ tịch UBND các huyện, thành phố có trách nhiệm xây dựng Kế hoạch và chủ động tổ chức triển khai thực hiện.',
        leadAgencyId: agency.id,
        coordinatingAgencyIds: [],
        dueDate: subPlanDueDate,
        status: 'done',
        progressPercent: 100,
      });
    }
  }

  private async seedDemoPlan(tx: Transaction, agencies: Map<string, AgencyEntity>): Promise<void> {
    const today = localDate(this.clock.now());
    const year = Number(today.slice(0, 4));
    const plan = await this.createPlan(tx, {
      number: `DEMO-${year}/KH-UBND`,
      title: `[DEMO] Kế hoạch nâng cao Chỉ số PAPI năm ${year} (dữ liệu minh họa, không phải văn bản thật)`,
      issuedOn: addDays(today, -30),
      year,
      status: 'issued',
      targets: { rank: 20 },
      ownerAgencyId: agencies.get('SNV')!.id,
      issuingBody: 'UBND tỉnh Ninh Thuận',
      purposes: ['[DEMO] Minh họa nhắc hạn nhiệm vụ qua thư điện tử.'],
    });
    if (!plan) return;
    for (const t of DEMO_TASKS) {
      await this.createTask(tx, plan, {
        dimension: t.dimension,
        title: `[DEMO] ${t.title}`,
        description: 'Nhiệm vụ minh họa: hạn hoàn thành tính từ ngày khởi tạo dữ liệu mẫu.',
        leadAgencyId: agencies.get(t.lead)!.id,
        coordinatingAgencyIds: t.coordinating.map((c) => agencies.get(c)!.id),
        dueDate: addDays(today, t.dueInDays),
        status: t.dueInDays < 0 ? 'in_progress' : 'not_started',
        progressPercent: t.dueInDays < 0 ? 40 : 0,
      });
    }
  }

  /** Returns the new plan, or undefined when a plan with that number already exists. */
  private async createPlan(tx: Transaction, fields: Partial<PlanEntity>): Promise<PlanEntity | undefined> {
    const repo = tx.manager.getRepository(PlanEntity);
    if (await repo.existsBy({ provinceCode: this.provinceCode, number: fields.number })) return undefined;
    const plan = await repo.save(repo.create({ targets: {}, ...fields, provinceCode: this.provinceCode }));
    await this.audit(tx, 'plan', plan);
    await tx.publish(PlanUpserted, toPlanEvent(plan));
    return plan;
  }

  private async createTask(tx: Transaction, plan: PlanEntity, fields: Partial<TaskEntity>): Promise<void> {
    const repo = tx.manager.getRepository(TaskEntity);
    const task = await repo.save(repo.create({ ...fields, planId: plan.id, provinceCode: this.provinceCode }));
    await this.audit(tx, 'task', task);
    await tx.publish(TaskUpserted, toTaskEvent(task));
  }

  private audit(tx: Transaction, entityType: 'agency' | 'plan' | 'task', record: { id: string }): Promise<void> {
    const change = { provinceCode: this.provinceCode, entityType, entityId: record.id, action: 'created' as const };
    return recordAudit(tx.manager, SYSTEM_SEED, { ...change, after: record });
  }
}
