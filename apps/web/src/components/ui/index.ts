// The UI building blocks every feature composes its pages from.
export { Alert } from './alert';
export { Badge } from './badge';
export { Button, type ButtonVariant, buttonClass } from './button';
export { Card } from './card';
export { ConfirmDialog } from './confirm-dialog';
export { Dialog } from './dialog';
export { Form } from './form';
export { Icon } from './icon';
export { Item, ItemList } from './item-list';
export { Loading } from './loading';
export { NarrowPage } from './narrow-page';
export { PageHeader } from './page-header';
export { ScrollTable } from './scroll-table';
export { SelectField, type SelectOption } from './select-field';
export { Stat } from './stat';
export { TextField } from './text-field';
