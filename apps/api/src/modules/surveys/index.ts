// What the app (routes, jobs) and other modules may use from surveys: the results of a survey, as
// reports show them.

export { registerSurveyRoutes } from './surveys.routes';
export { findSurvey, loadSurveyResults } from './surveys.service';
