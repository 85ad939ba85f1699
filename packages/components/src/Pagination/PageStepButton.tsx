import { Icon, type IconName } from '../ui/Icon.tsx';

/** Props of {@link PageStepButton}. */
export interface PageStepButtonProps {
  /** Accessible name, e.g. "Next page". */
  label: string;
  icon: IconName;
  disabled: boolean;
  onClick: () => void;
}

/** One of the first / previous / next / last buttons of {@link Pagination}: an icon with an accessible name. */
export function PageStepButton({ label, icon, disabled, onClick }: PageStepButtonProps) {
  return (
    <li>
      <button type="button" aria-label={label} disabled={disabled} onClick={onClick}>
        <Icon name={icon} />
      </button>
    </li>
  );
}
