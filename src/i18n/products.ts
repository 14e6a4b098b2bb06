// Texts of products and builds (R19), Russian first (R2); English has the same codes.
const ru = {} as const;

const en: Record<keyof typeof ru, string> = {};

export const products = { ru, en };
