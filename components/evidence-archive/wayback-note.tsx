/**
 * "Also saved to the Wayback Machine", with the link to its copy: in the claim panel, the member's
 * archived copy page and the public archived copy page. Server-renderable (no hooks, no script).
 */
export function WaybackNote({ url, className }: { url: string; className?: string }) {
  return (
    <p className={className} data-testid="wayback-note">
      Also saved to the{' '}
      <a href={url} rel="noopener noreferrer nofollow" className="text-blue-800 underline underline-offset-2">
        Wayback Machine
      </a>
      .
    </p>
  );
}
