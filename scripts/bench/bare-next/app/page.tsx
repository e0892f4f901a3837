// An article-sized page rendered per request, as Factdesk's are: a title and twenty paragraphs.
export const dynamic = 'force-dynamic';

const PARAGRAPH =
  'The minister said on Tuesday that unemployment had fallen by 12 percent since 2019, a figure the opposition disputed, pointing to the statistics office’s own monthly surveys and to the regions where the number of people out of work had grown.';

export default function Page() {
  return (
    <main>
      <h1>Unemployment figures and what they mean for the regions</h1>
      {Array.from({ length: 20 }, (_, i) => (
        <p key={i}>{PARAGRAPH}</p>
      ))}
    </main>
  );
}
