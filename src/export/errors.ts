/** An export that cannot run, with the message key that says why (e.g. the data has not loaded). */
export class ExportUnavailable extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey)
    this.name = 'ExportUnavailable'
  }
}
