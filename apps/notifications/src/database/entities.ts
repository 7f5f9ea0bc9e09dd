import { DeliveryEntity } from '../deliveries/delivery.entity';
import { AgencyViewEntity } from '../directory/agency-view.entity';

export const notificationsEntities = [AgencyViewEntity, DeliveryEntity];
