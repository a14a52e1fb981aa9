// The areas of the mission, as modules. The app, the CLI and the bench are built from this list (wireAreas), and
// nothing else registers anything: what one area offers another is declared in its module.ts.
import type { AreaModule } from './area-module.ts';
import { capacityBuildingModule } from './capacity-building/module.ts';
import { caseWritingModule } from './case-writing/module.ts';
import { casesModule } from './cases/module.ts';
import { countriesModule } from './countries/module.ts';
import { deliveriesModule } from './deliveries/module.ts';
import { edaModule } from './eda/module.ts';
import { eumModule } from './eum/module.ts';
import { fundsModule } from './funds/module.ts';
import { leasesModule } from './leases/module.ts';
import { notificationsModule } from './notifications/module.ts';
import { partnerPortalModule } from './partner-portal/module.ts';
import { portfolioModule } from './portfolio/module.ts';
import { sdafModule } from './sdaf/module.ts';
import { specialProgramsModule } from './special-programs/module.ts';
import { weaponsModule } from './weapons/module.ts';

export const AREA_MODULES: readonly AreaModule[] = [
  countriesModule,
  casesModule,
  caseWritingModule,
  notificationsModule,
  fundsModule,
  specialProgramsModule,
  eumModule,
  edaModule,
  leasesModule,
  sdafModule,
  deliveriesModule,
  capacityBuildingModule,
  weaponsModule,
  portfolioModule,
  partnerPortalModule,
];
