import { enLater } from './messages-en-later.ts';
import { addEnglishLater } from './translate.ts';

// Unit tests read every English word at once, as a page does once its later parts have loaded.
addEnglishLater(enLater);
