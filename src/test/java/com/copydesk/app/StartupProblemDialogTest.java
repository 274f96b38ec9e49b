package com.copydesk.app;

import com.copydesk.store.StoreException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.copydesk.app.StartupProblemDialog.Choice.OPEN_LATEST_BACKUP;
import static com.copydesk.app.StartupProblemDialog.Choice.OPEN_OTHER_FILE;
import static com.copydesk.app.StartupProblemDialog.Choice.OPEN_READ_ONLY;
import static com.copydesk.app.StartupProblemDialog.Choice.QUIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StartupProblemDialogTest {

    @Test
    void aFileInUseMayBeOpenedReadOnly() {
        assertEquals(List.of(OPEN_READ_ONLY, OPEN_OTHER_FILE, QUIT),
                StartupProblemDialog.choicesFor(StoreException.Problem.IN_USE, true));
    }

    @Test
    void aDamagedOrNewerFileOffersTheLatestBackupWhenThereIsOne() {
        assertEquals(List.of(OPEN_LATEST_BACKUP, OPEN_OTHER_FILE, QUIT),
                StartupProblemDialog.choicesFor(StoreException.Problem.DAMAGED, true));
        assertEquals(List.of(OPEN_LATEST_BACKUP, OPEN_OTHER_FILE, QUIT),
                StartupProblemDialog.choicesFor(StoreException.Problem.NEWER_SCHEMA, true));
        assertEquals(List.of(OPEN_OTHER_FILE, QUIT),
                StartupProblemDialog.choicesFor(StoreException.Problem.DAMAGED, false));
    }
}
