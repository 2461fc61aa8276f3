// Present / absent / excused for one person: three large radio buttons, one tap each.
import { type AttendanceStatus, attendanceStatuses } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

type Props = {
  name: string;
  groupName: string;
  value: AttendanceStatus | null;
  disabled: boolean;
  onChange: (status: AttendanceStatus) => void;
};

export function MarkChoice({ name, groupName, value, disabled, onChange }: Props) {
  const { t } = useTranslation('attendance');
  return (
    <fieldset className="mark-choice" disabled={disabled}>
      <legend className="visually-hidden">{t('statusFor', { name })}</legend>
      {attendanceStatuses.map((status) => (
        <label key={status} className={`mark-choice__option mark-choice__option--${status}`}>
          <input
            type="radio"
            name={groupName}
            value={status}
            checked={value === status}
            onChange={() => onChange(status)}
          />
          <span>
            {/* A mark that is not only a colour; hidden from the name read out ("checked" says it). */}
            {value === status ? <span aria-hidden="true">✓ </span> : null}
            {t(`statuses.${status}`)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
