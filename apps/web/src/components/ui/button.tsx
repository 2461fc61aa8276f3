// Buttons and links that look like buttons; a pending button stays focusable but inert.
import './button.css';
import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import type { IconName } from '@/lib/features';
import { Icon } from './icon';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

type ButtonStyle = { variant?: ButtonVariant; size?: 'normal' | 'small'; block?: boolean };

export function buttonClass({ variant = 'primary', size = 'normal', block = false }: ButtonStyle) {
  return [
    'button',
    `button--${variant}`,
    size === 'small' && 'button--small',
    block && 'button--block',
  ]
    .filter(Boolean)
    .join(' ');
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  ButtonStyle & { pending?: boolean; icon?: IconName };

export function Button({
  variant,
  size,
  block,
  pending = false,
  icon,
  className,
  children,
  onClick,
  type = 'button',
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      className={[buttonClass({ variant, size, block }), className].filter(Boolean).join(' ')}
      aria-disabled={pending || undefined}
      onClick={handleClick}
    >
      {pending ? <span className="button__spinner" aria-hidden="true" /> : null}
      {!pending && icon ? <Icon name={icon} /> : null}
      {children}
    </button>
  );
}
