// What the deploy phase hands the wait: each SSM command it knows was created, as SSM answered it.

export interface SentCommand {
  accountId: string
  region: string
  commandId: string
  /** The instances this command targets, as sent. */
  instanceIds: string[]
  /** The command's Comment, unique per run and batch, so a listing can recognise it. */
  comment: string
  /** When SendCommand was answered (or the lost command was found), in clock ms. */
  sentAt: number
}
