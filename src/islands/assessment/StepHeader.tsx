import { useEffect, useRef } from 'react';

interface Props {
  title: string;
  hint: string;
  /** "Step 2 of 5". */
  progress: string;
  current: number;
  total: number;
  focusHeading: boolean;
}

/** A step's progress bar, heading (focused when the step opens) and instructions. */
export default function StepHeader(props: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focusHeading) heading.current?.focus();
  }, [props.focusHeading]);
  return (
    <header className="assessment-step__header">
      <p className="assessment-progress__label" id="assessment-progress-label">
        {props.progress}
      </p>
      <progress
        className="assessment-progress"
        max={props.total}
        value={props.current}
        aria-labelledby="assessment-progress-label"
      />
      <h2 ref={heading} tabIndex={-1} className="assessment-step__title">
        {props.title}
      </h2>
      <p className="hint">{props.hint}</p>
    </header>
  );
}
