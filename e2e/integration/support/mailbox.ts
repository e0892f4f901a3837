// A mail relay for the tests: a real SMTP server (smtp-server, from nodemailer's authors) on the
// port scripts/test.sh gives the app as FACTDESK_SMTP_URL, with the same user and password. It
// keeps what it receives, parsed (mailparser), and refuses recipients at refuse.example.test
// with 550, as a relay does for an address it will not take. Like a greylisting relay, it answers
// 451 "try again later" the first time it sees an address starting with `greylist-`.
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export const MAILBOX_PORT = 27825;
export const MAILBOX_USER = 'factdesk-relay';
export const MAILBOX_PASSWORD = 'relay-secret-for-tests';

export type Mailbox = {
  messages: ParsedMail[];
  /** The first message to this address that arrives, or an error after `timeoutMs`. */
  messageTo(address: string, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
};

export async function openMailbox(): Promise<Mailbox> {
  const messages: ParsedMail[] = [];
  const waiting: { address: string; resolve: (mail: ParsedMail) => void }[] = [];
  const greylisted = new Set<string>();
  const recipients = (mail: ParsedMail) =>
    [mail.to].flat().flatMap((to) => to?.value.map((v) => v.address?.toLowerCase()) ?? []);

  const server = new SMTPServer({
    // Plain SMTP on localhost: no certificate to trust, so authentication over it is allowed.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === MAILBOX_USER && auth.password === MAILBOX_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().endsWith('@refuse.example.test')) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      } else if (address.address.toLowerCase().startsWith('greylist-') && !greylisted.has(address.address.toLowerCase())) {
        greylisted.add(address.address.toLowerCase());
        callback(Object.assign(new Error('Greylisted, try again later'), { responseCode: 451 }));
      } else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          for (const address of recipients(mail)) {
            const index = waiting.findIndex((w) => w.address === address);
            if (index >= 0) waiting.splice(index, 1)[0]!.resolve(mail);
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(MAILBOX_PORT, '127.0.0.1', () => resolve());
  });

  return {
    messages,
    messageTo(address, timeoutMs = 15_000) {
      const wanted = address.toLowerCase();
      const arrived = messages.find((m) => recipients(m).includes(wanted));
      if (arrived) return Promise.resolve(arrived);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No email reached ${address}`)), timeoutMs);
        waiting.push({ address: wanted, resolve: (mail) => (clearTimeout(timer), resolve(mail)) });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
