type Props = { favourite: boolean; disabled?: boolean; onClick: () => void };

/** 收藏 / 已收藏 at the top right of a job's detail (seed 000 §七.1). */
export function FavouriteButton({ favourite, disabled, onClick }: Props) {
  return (
    <button
      type="button"
      className="m-favourite-button"
      aria-pressed={favourite}
      disabled={disabled}
      onClick={onClick}
    >
      <StarIcon filled={favourite} />
      {favourite ? '已收藏' : '收藏'}
    </button>
  );
}

function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d="m12 3.5 2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
      />
    </svg>
  );
}
