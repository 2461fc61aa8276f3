// What other modules may use from communes: locating a commune, and the reference data itself.
export { type CommuneLocation, locateCommune, locateCommunes } from './locate';
export { type CommuneReference, communeReference, type LiveMusicFacility } from './reference-data';
