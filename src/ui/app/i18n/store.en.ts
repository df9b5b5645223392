// English UI strings of the store area; the zh-CN twin is store.zh-CN.ts.
export const storeEn = {
  'store.notice.memory':
    'This browser does not let Loyalty Lab save your progress (private browsing or storage turned off), so it is kept only in this tab. Export it from “My progress” before you close the tab.',
  'store.notice.openBlocked':
    'Loyalty Lab is open in another tab running an older version. Close the other tabs and reload this one; until then your progress is kept only in this tab.',
  'store.notice.quota':
    'The browser is out of storage space, so your latest steps are not saved to disk yet. They are safe in this tab and saving is retried; free some space or export your progress.',
  'store.notice.writeFailed':
    'Saving failed for a moment. Your latest steps are safe in this tab and saving is retried.',
  'store.import.done': 'Imported: {added} new, {updated} updated, {unchanged} already here.',
  'store.import.unknownScenarios':
    'Some attempts are for cases this app does not include ({ids}). They were kept and are marked.',
  'store.import.failed': 'Nothing was imported:',
  'store.import.tooLarge': 'The file is larger than {maxMb} MB: too big to be a progress file.',
  'store.import.notJson': 'This is not a progress file (it is not JSON). Choose the .json file you exported from Loyalty Lab.',
  'store.import.truncated':
    'The file ends too early: it was probably cut off while downloading or copying. Export or download it again.',
  'store.import.forbiddenKey': 'The file contains a field that is not allowed (at {path}), so it was not read.',
  'store.import.notProgressFile':
    'This file was not exported from the Loyalty Lab progress page (it may belong to another app, or be a case file).',
  'store.import.unsupportedVersion':
    'This file uses format version {version}; this version of Loyalty Lab reads version {supported}. Update the app and try again.',
  'store.import.missingVersion':
    'This file does not say which format version it uses, so it was not read. Loyalty Lab reads progress files of version {supported}: export the file again.',
  'store.import.doesNotReplay': 'Attempt {id} at “{scenario}” was refused. {reason}',
  'store.import.invalid': 'The file has an unexpected value at “{path}”.',
  'store.import.scoreOutOfRange': 'Attempt {id}: the score “{field}” is {value}, but scores run from 0 to 100.',
  'store.import.duplicateId': 'Attempt {id} appears more than once in the file.',
  'store.import.writeFailed': 'The file is fine, but this browser could not save it ({message}). Nothing was changed.',
} as const;
