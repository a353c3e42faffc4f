import './mobile.css';

/** Seed 000 §一.1: the 人像 mark at the top left of the home page while logged out. */
export function PersonIcon() {
  return (
    <svg
      className="m-person-icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="8" r="4.2" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M4 20.5c0-4.2 3.6-6.8 8-6.8s8 2.6 8 6.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}

/** Seed 000 §一.4: after login the 人像 becomes a round mark with the surname. */
export function SurnameAvatar({ surname, size = 36 }: { surname: string; size?: number }) {
  // Compound surnames (欧阳, 司马) have two characters and need a smaller type to fit the circle.
  const scale = Array.from(surname).length > 1 ? 0.34 : 0.48;
  return (
    <span
      className="m-surname-avatar"
      style={{ width: size, height: size, fontSize: Math.round(size * scale) }}
      aria-hidden="true"
    >
      {surname}
    </span>
  );
}
