package io.briefing.render.xlsx;

import io.briefing.model.Briefing;
import io.briefing.render.Rendered;
import io.briefing.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;


/** The workbook: typed numbers, native charts and sources, written by {@link XlsxBriefingWriter}. */
public final class XlsxRenderer implements Renderer {
    private static final AtomicBoolean WARM_UP = new AtomicBoolean();

    /** Loads the workbook's classes on a thread of their own, once per process. */
    public static void warmUp() {
        if (WARM_UP.compareAndSet(false, true)) {
            Thread t = new Thread(XlsxWarmup::run, "briefing-warmup");
            t.setDaemon(true);
            t.start();
        }
    }

    @Override
    public void prepare(Executor background) {
        warmUp();
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public Rendered render(Briefing b, Path target) throws IOException {
        try {
            return new Rendered(new XlsxBriefingWriter().write(b, target), 0, List.of());
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            // the library saves the workbook's parts through its temporary files and keeps the I/O error to
            // itself ("Fail to save: … chart3.xml"): with a full temporary folder this was exit 3, an
            // internal error; it is the machine's failure, named by the folder it writes to
            String scratch = System.getProperty("java.io.tmpdir");
            throw new java.nio.file.FileSystemException(scratch, null, "the workbook's parts could not be saved in the "
                    + "temporary folder (is it full?)");
        }
    }
}
