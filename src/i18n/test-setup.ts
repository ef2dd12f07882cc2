import { enLater } from './messages-en-later.ts';
import { enMake } from './messages-en-make.ts';
import { addEnglishLater, addPartMessages } from './translate.ts';

// Unit tests read every English word at once, as a page does once its later parts (and /make's) have loaded.
addEnglishLater(enLater);
addPartMessages('en', enMake);
