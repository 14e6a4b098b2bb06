// Texts of notices by e-mail and on the portal (R11), Russian first (R2); English has the same codes.
const ru = {} as const;

const en: Record<keyof typeof ru, string> = {};

export const mail = { ru, en };
