// What other modules may use from surveys: the results of a survey, as reports show them.
export { loadSurveyResults } from './surveys.service';
