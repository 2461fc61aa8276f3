// Trainings for relay persons and artists: what app.ts uses (routes, the offline sign-in kind).
export { trainingOperationKinds } from './operation-kinds';
export { registerTrainingsRoutes } from './trainings.routes';
