/**
 * JSON-LD in a <script>. `<` is escaped (as \u003c) so that text from a claim or an article
 * containing `</script>` cannot end the element early and inject markup; JSON parsers read the
 * escape back as the same character.
 */
export function JsonLdScript({ data }: { data: unknown }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
