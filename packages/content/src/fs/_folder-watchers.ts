import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** A set of folder watchers kept in step with a list of folders. */
export interface FolderWatchers {
  /**
   * Watches every folder of the list not watched yet and stops watching those no longer in it.
   * Returns the folders it could watch again after losing them: their files may have changed.
   */
  sync(folders: Iterable<string>): string[];
  close(): void;
}

/**
 * Watches folders one level deep, never single files: a file saved by writing a copy and renaming
 * it over the old one (`sed -i`, many editors) is a new file that a file watcher never sees, but
 * its folder reports every save. A folder that goes away is dropped and watched again once it is
 * back. `onChange` receives the path of what changed in a folder, or the folder itself.
 */
export function folderWatchers(onChange: (path: string) => void): FolderWatchers {
  const watchers = new Map<string, FSWatcher>();
  const lost = new Set<string>();
  const drop = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  const lose = (folder: string) => {
    drop(folder);
    lost.add(folder);
    onChange(folder);
  };
  const add = (folder: string): boolean => {
    try {
      const w = watch(folder, (_event, name) => {
        // A watcher follows its folder when it is renamed, and then reports paths that are not
        // there: a folder gone from its path counts as lost, and as changed.
        if (!existsSync(folder)) lose(folder);
        else onChange(name === null ? folder : join(folder, name.toString()));
      });
      // A watched folder that is deleted ends its watcher with an error; without a listener the
      // error would end the process.
      w.on('error', () => lose(folder));
      watchers.set(folder, w);
      return true;
    } catch {
      lost.add(folder);
      return false;
    }
  };
  return {
    sync(folders) {
      const wanted = new Set(folders);
      for (const folder of [...watchers.keys()]) {
        if (!wanted.has(folder)) drop(folder);
        else if (!existsSync(folder)) lose(folder);
      }
      const back: string[] = [];
      for (const folder of wanted) {
        if (watchers.has(folder)) continue;
        const before = lost.has(folder);
        if (add(folder) && before) {
          lost.delete(folder);
          back.push(folder);
        }
      }
      for (const folder of lost) if (!wanted.has(folder)) lost.delete(folder);
      return back;
    },
    close() {
      for (const folder of [...watchers.keys()]) drop(folder);
    },
  };
}
