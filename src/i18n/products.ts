// Texts of products and builds (R19), Russian first (R2); English has the same codes.
const ru = {
  'product.not_found': 'Продукт {value} не найден',
  'product.already_exists': 'Продукт «{value}» уже есть',
  'build.not_found': 'Сборка {value} не найдена',
  'build.already_exists': 'Сборка {value} этого продукта уже есть',
  'build.already_published':
    'Сборка {version} уже опубликована: опубликовать её ещё раз, изменить номер, дату или список обращений нельзя',
  'build.unknown_tickets': 'Обращения не найдены: {numbers}',
  'build_file.not_found': 'Файл {value} сборки не найден',
  'build.newer_available':
    'Вышла сборка {version} от {releasedOn} с исправлениями по обращениям вашей организации: установите её — по соглашению используется новейшая сборка с такими исправлениями',
} as const;

const en: Record<keyof typeof ru, string> = {
  'product.not_found': 'Product {value} not found',
  'product.already_exists': 'Product "{value}" already exists',
  'build.not_found': 'Build {value} not found',
  'build.already_exists': 'Build {value} of this product already exists',
  'build.already_published':
    'Build {version} is already published: it cannot be published again, nor can its version, date or tickets change',
  'build.unknown_tickets': 'Tickets not found: {numbers}',
  'build_file.not_found': 'Build file {value} not found',
  'build.newer_available':
    "Build {version} of {releasedOn} contains fixes for your organization's tickets: please install it, as the agreement asks you to use the newest build with such fixes",
};

export const products = { ru, en };
