/** The largest file the import page takes (it goes back in the apply form); larger ones: the CLI or an HSDS address. */
export const UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
