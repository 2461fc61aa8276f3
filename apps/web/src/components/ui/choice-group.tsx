// One choice among a few, as large radio buttons side by side (a mark at a roll call, tapped in a
// rehearsal hall): each option says its label and, when chosen, a tick, never only a colour.
import './choice-group.css';

export type Choice<Value extends string> = {
  value: Value;
  label: string;
  /** The colour of the option once chosen. */
  tone: 'success' | 'danger' | 'info' | 'primary';
};

type Props<Value extends string> = {
  /** Read out for the group: "Présence de Léa Martin". */
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  choices: readonly Choice<Value>[];
  value: Value | null;
  disabled?: boolean;
  onChange: (value: Value) => void;
};

export function ChoiceGroup<Value extends string>({
  legend,
  name,
  choices,
  value,
  disabled = false,
  onChange,
}: Props<Value>) {
  return (
    <fieldset className="choice-group" disabled={disabled}>
      <legend className="visually-hidden">{legend}</legend>
      {choices.map((choice) => (
        <label
          key={choice.value}
          className={`choice-group__option choice-group__option--${choice.tone}`}
        >
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {/* A mark that is not only a colour; hidden from the name read out ("checked" says it). */}
            {value === choice.value ? <span aria-hidden="true">✓ </span> : null}
            {choice.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
