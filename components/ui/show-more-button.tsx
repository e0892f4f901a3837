import { Button } from './button';

type ShowMoreButtonProps = { loading: boolean; onClick: () => void; label: string; loadingLabel: string };

/** Loads the next page of a paged list; busy (and disabled) while it does. */
export function ShowMoreButton({ loading, onClick, label, loadingLabel }: ShowMoreButtonProps) {
  return (
    <Button size="sm" variant="secondary" onClick={onClick} disabled={loading} aria-busy={loading}>
      {loading ? loadingLabel : label}
    </Button>
  );
}
