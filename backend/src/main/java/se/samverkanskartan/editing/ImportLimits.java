package se.samverkanskartan.editing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much one spreadsheet import may ask of the service; a file over a limit is refused with a message naming it.
 *
 * @param maxBytes the largest file
 * @param maxUnpacked the most an XLSX file (a ZIP archive) may unpack to: a small file of repeated text can
 *        otherwise hold a cell of millions of characters
 * @param maxRows the most rows one file may hold
 * @param timeout how long one import (a dry run too) may run before it is rolled back
 */
@ConfigurationProperties("samverkanskartan.editing.import")
record ImportLimits(DataSize maxBytes, DataSize maxUnpacked, int maxRows, Duration timeout) {
}
