import type { CategoryId, RiskLevel } from './types';

/** What the GDPR says about a category, per contract §1. One table, read by the report builder. */
export type CategoryInfo = {
  readonly gdprArticle: string | null;
  readonly specialCategory: boolean;
  readonly riskLevel: RiskLevel;
  /** Credentials that make the platform refuse the file at every layer. */
  readonly rejectsFile: boolean;
};

const info = (
  gdprArticle: string | null,
  riskLevel: RiskLevel,
  extra: { specialCategory?: boolean; rejectsFile?: boolean } = {},
): CategoryInfo => ({
  gdprArticle,
  riskLevel,
  specialCategory: extra.specialCategory ?? false,
  rejectsFile: extra.rejectsFile ?? false,
});

export const CATEGORIES: Readonly<Record<CategoryId, CategoryInfo>> = {
  email: info('Art. 4(1)', 'medium'),
  phone: info('Art. 4(1)', 'medium'),
  person_name: info('Art. 4(1)', 'medium'),
  first_name: info('Art. 4(1)', 'low'),
  last_name: info('Art. 4(1)', 'medium'),
  street_address: info('Art. 4(1)', 'medium'),
  postal_code: info('Art. 4(1)', 'low'),
  city: info('Art. 4(1)', 'low'),
  date_of_birth: info('Art. 4(1)', 'medium'),
  age: info('Art. 4(1)', 'low'),
  gender: info('Art. 4(1)', 'low'),
  national_id: info('Art. 87', 'high'),
  passport: info('Art. 4(1)', 'high'),
  drivers_license: info('Art. 4(1)', 'high'),
  iban: info('Art. 4(1)', 'high'),
  bank_account: info('Art. 4(1)', 'high'),
  credit_card: info('Art. 4(1)', 'critical'),
  card_security_code: info('Art. 4(1)', 'critical'),
  ip_address: info('Art. 4(1)', 'medium'),
  mac_address: info('Art. 4(1)', 'medium'),
  device_id: info('Art. 4(1)', 'medium'),
  geo_location: info('Art. 4(1)', 'high'),
  license_plate: info('Art. 4(1)', 'medium'),
  username: info('Art. 4(1)', 'medium'),
  customer_id: info('Art. 4(5)', 'low'),
  health: info('Art. 9', 'critical', { specialCategory: true }),
  special_category: info('Art. 9', 'critical', { specialCategory: true }),
  criminal: info('Art. 10', 'critical', { specialCategory: true }),
  password_raw: info(null, 'critical', { rejectsFile: true }),
  password_hash: info(null, 'high'),
  secret: info(null, 'critical', { rejectsFile: true }),
  free_text_pii: info('Art. 4(1)', 'high'),
  none: info(null, 'low'),
};

export const CATEGORY_IDS = Object.keys(CATEGORIES) as CategoryId[];

export function isCategoryId(value: string): value is CategoryId {
  return Object.prototype.hasOwnProperty.call(CATEGORIES, value);
}
