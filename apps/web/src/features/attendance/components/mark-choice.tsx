// Present / absent / excused for one person: three large radio buttons, one tap each.
import { type AttendanceStatus, attendanceStatuses } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '@/components/ui';

type Props = {
  name: string;
  groupName: string;
  value: AttendanceStatus | null;
  disabled: boolean;
  onChange: (status: AttendanceStatus) => void;
};

const tones = { present: 'success', absent: 'danger', excused: 'info' } as const;

export function MarkChoice({ name, groupName, value, disabled, onChange }: Props) {
  const { t } = useTranslation('attendance');
  return (
    <ChoiceGroup
      legend={t('statusFor', { name })}
      name={groupName}
      choices={attendanceStatuses.map((status) => ({
        value: status,
        label: t(`statuses.${status}`),
        tone: tones[status],
      }))}
      value={value}
      disabled={disabled}
      onChange={onChange}
    />
  );
}
