/** The History screen, its filters, the vaults' standing and inventory. */
export const history = {} as const;
