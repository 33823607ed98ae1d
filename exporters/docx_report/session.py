"""One LibreOffice session for every conversion of a run (issue 14, parts 4 and 5).

Starting LibreOffice costs about two seconds, converting the report a fraction of that; the
build needs three conversions (the draft to PDF for the table of contents' page numbers, then
the final report to PDF/A-2b and to ODT), and the second two depend on the first. So
LibreOffice is started once, headless, in a profile of its own, running a small Basic macro
(written into that profile) that waits for jobs in the session's folder: a job names a .docx
and the formats to store it in; the macro loads it once, stores each, and says it is done.
Python keeps the control: it writes each job when it is ready, waits for the answer within the
time limit, and ends the whole process group when the session closes, on a timeout, on Ctrl-C
or on any error (layout._run_group does the same for one-shot runs).

LibreOffice is asked for a stable output (its own switches for that: `SAL_RAND_REPEATABLE`,
`LIBO_ONEWAY_STABLE_ODF_EXPORT`); what it still stamps with the clock is set to the plan's
version date afterwards (stamp.py), so the same plan gives the same files.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from plancheck.exporters.docx_report.layout import (
    LayoutFailed,
    LayoutUnavailable,
    _kill_group,
    timeout_s,
)

# What each target is stored as. PDF/A-2b, tagged, with bookmarks: the open formats of the
# Dutch "pas toe of leg uit" list (with ODF text); plain PDF for the page-number pass.
TARGETS = {"pdf": "pdf", "pdfa": "pdf", "odt": "odt"}
# How long LibreOffice may take to quit after its last job before its group is killed.
QUIT_S = 2.0

_MACRO = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Session" \
script:language="StarBasic">
REM plancheck: convert the jobs N.job in the session folder until "quit" (or no job comes)
Sub Run(sDir As String, sLimit As String)
  Dim n As Long, waited As Double
  n = 1
  Do
    waited = 0
    Do While Not FileExists(sDir &amp; n &amp; ".job")
      If FileExists(sDir &amp; "quit") Then GoTo Finish
      Wait 10
      waited = waited + 10
      If waited &gt; CDbl(sLimit) * 1000 Then GoTo Finish
    Loop
    Convert(sDir, n)
    n = n + 1
  Loop
Finish:
  StarDesktop.terminate()
End Sub

Function Prop(sName As String, value As Variant) As com.sun.star.beans.PropertyValue
  Dim p As New com.sun.star.beans.PropertyValue
  p.Name = sName
  p.Value = value
  Prop = p
End Function

Function Filter(sKind As String) As Variant
  Select Case sKind
    Case "odt"
      Filter = Array(Prop("FilterName", "writer8"), Prop("Overwrite", True))
    Case "pdfa"
      Filter = Array(Prop("FilterName", "writer_pdf_Export"), Prop("Overwrite", True), _
        Prop("FilterData", Array(Prop("SelectPdfVersion", CLng(2)), _
        Prop("UseTaggedPDF", True), Prop("ExportBookmarks", True))))
    Case Else
      Filter = Array(Prop("FilterName", "writer_pdf_Export"), Prop("Overwrite", True))
  End Select
End Function

Sub Answer(sFile As String, sText As String)
  Dim f As Integer
  f = FreeFile
  Open sFile &amp; ".tmp" For Output As #f
  Print #f, sText
  Close #f
  Name sFile &amp; ".tmp" As sFile
End Sub

Sub Convert(sDir As String, n As Long)
  Dim f As Integer, sSource As String, sLine As String, oDoc As Object, tab As Integer
  On Error GoTo Failed
  f = FreeFile
  Open sDir &amp; n &amp; ".job" For Input As #f
  Line Input #f, sSource
  oDoc = StarDesktop.loadComponentFromURL(sSource, "_blank", 0, _
    Array(Prop("Hidden", True), Prop("ReadOnly", True)))
  Do While Not EOF(f)
    Line Input #f, sLine
    tab = InStr(sLine, Chr(9))
    If tab &gt; 0 Then oDoc.storeToURL(Mid(sLine, tab + 1), Filter(Left(sLine, tab - 1)))
  Loop
  Close #f
  oDoc.close(True)
  Answer(sDir &amp; n &amp; ".done", "ok")
  Exit Sub
Failed:
  Answer(sDir &amp; n &amp; ".failed", Error$ &amp; " (" &amp; Err &amp; ")")
  On Error Resume Next
  Close #f
  If Not IsNull(oDoc) Then oDoc.close(True)
End Sub
</script:module>
"""

_LIBRARY = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Session"/>
</library:library>
"""

_DIALOGS = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false"/>
"""


def _container(kind: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!DOCTYPE library:libraries PUBLIC "
        '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "libraries.dtd">\n'
        '<library:libraries xmlns:library="http://openoffice.org/2000/library" '
        'xmlns:xlink="http://www.w3.org/1999/xlink">\n'
        ' <library:library library:name="Standard" '
        f'xlink:href="$(USER)/basic/Standard/{kind}.xlb/" xlink:type="simple" '
        'library:link="false"/>\n'
        "</library:libraries>\n"
    )


# The profile counts as set up (no copy of the presets over the macro), and nothing asks.
_REGISTRY = """\
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" \
xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" \
oor:op="fuse"><value>true</value></prop></item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _write_profile(profile: Path) -> None:
    basic = profile / "user" / "basic"
    (basic / "Standard").mkdir(parents=True)
    (basic / "Standard" / "Session.xba").write_text(_MACRO, "utf-8")
    (basic / "Standard" / "script.xlb").write_text(_LIBRARY, "utf-8")
    (basic / "Standard" / "dialog.xlb").write_text(_DIALOGS, "utf-8")
    (basic / "script.xlc").write_text(_container("script"), "utf-8")
    (basic / "dialog.xlc").write_text(_container("dialog"), "utf-8")
    (profile / "user" / "registrymodifications.xcu").write_text(_REGISTRY, "utf-8")


def _plain(err: BaseException, limit: float) -> str:
    if isinstance(err, OSError):
        return f"LibreOffice could not be started: {err.strerror or err}"
    return f"LibreOffice failed: {err}"


class Session:
    """LibreOffice, started once; `convert` hands it a .docx and gets the files back.

    Use as a context manager: leaving it (normally, on an error or on Ctrl-C) ends the
    process group and removes the session's folder.
    """

    def __init__(self, program: str | None = None) -> None:
        found = program or soffice()
        if found is None:
            raise LayoutUnavailable(
                "LibreOffice (soffice) is not installed; install it with: "
                "apt-get install libreoffice-writer-nogui"
            )
        self.program = found
        self.limit = timeout_s()
        self._folder = Path(tempfile.mkdtemp(prefix="plancheck-lo-"))
        self._jobs = self._folder / "jobs"
        self._jobs.mkdir()
        self._log = self._folder / "soffice.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._count = 0

    def __enter__(self) -> Session:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(graceful=kind is None)

    def _start(self) -> None:
        profile = self._folder / "profile"
        _write_profile(profile)
        folder = self._jobs.as_uri() + "/"
        command = [
            self.program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            f'macro:///Standard.Session.Run("{folder}","{self.limit:g}")',
        ]
        env = {
            **os.environ,
            "HOME": str(profile),
            # LibreOffice's own switches for a repeatable output: no random list ids or
            # revision-save ids in the ODT (the PDF's dates are stamped afterwards)
            "SAL_RAND_REPEATABLE": "1",
            "LIBO_ONEWAY_STABLE_ODF_EXPORT": "1",
        }
        with self._log.open("wb") as log:
            try:
                self._process = subprocess.Popen(
                    command,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    env=env,
                    start_new_session=True,  # its own process group, ended as a whole
                )
            except OSError as err:
                raise LayoutFailed(_plain(err, self.limit)) from err

    def convert(self, docx: Path, targets: Sequence[str]) -> dict[str, Path]:
        """Store `docx` as each target ("pdf", "pdfa", "odt"); the files are in the
        session's folder until it closes. A failure, a timeout or a LibreOffice that ends
        raises LayoutFailed with one plain line."""
        self._count += 1
        n = self._count
        source = self._jobs / f"{n}.docx"
        shutil.copyfile(docx, source)
        outputs = {t: self._jobs / f"{n}-{t}.{TARGETS[t]}" for t in targets}
        lines = [source.as_uri(), *(f"{t}\t{p.as_uri()}" for t, p in outputs.items())]
        staged = self._jobs / f"{n}.job.tmp"
        staged.write_text("\n".join(lines) + "\n", "utf-8")
        staged.rename(self._jobs / f"{n}.job")
        self._wait(n, TARGETS[targets[0]].upper() if targets else "file")
        for target, path in outputs.items():
            if not path.is_file():
                raise LayoutFailed(f"LibreOffice wrote no {TARGETS[target].upper()}")
        return outputs

    def _wait(self, n: int, what: str) -> None:
        done = self._jobs / f"{n}.done"
        failed = self._jobs / f"{n}.failed"
        deadline = time.monotonic() + self.limit
        process = self._process
        assert process is not None
        while True:
            if done.exists():
                return
            if failed.exists():
                why = failed.read_text("utf-8", "replace").strip()
                raise LayoutFailed(f"LibreOffice could not convert the report: {why}")
            code = process.poll()
            if code is not None:
                if done.exists():
                    return
                if code != 0:
                    raise LayoutFailed(f"LibreOffice stopped with exit code {code}{self._last()}")
                raise LayoutFailed(f"LibreOffice wrote no {what}")
            if time.monotonic() > deadline:
                raise LayoutFailed(f"LibreOffice did not finish within {self.limit:g} s")
            time.sleep(0.01)

    def _last(self) -> str:
        with contextlib.suppress(OSError):
            lines = [
                line
                for line in self._log.read_text("utf-8", "replace").splitlines()
                if line.strip() and "javaldx" not in line
            ]
            if lines:
                return f": {lines[-1].strip()}"
        return ""

    def close(self, *, graceful: bool = False) -> None:
        """End the session: after its last job, LibreOffice is asked to quit and given a
        moment; on an error, a timeout or Ctrl-C its process group is killed at once."""
        process = self._process
        self._process = None
        try:
            if process is not None and graceful and process.poll() is None:
                with contextlib.suppress(OSError):
                    (self._jobs / "quit").touch()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=QUIT_S)
        finally:
            if process is not None:
                # the group may outlive its leader (soffice.bin, a stray helper): end it too
                _kill_group(process, leader_done=process.poll() is not None)
            shutil.rmtree(self._folder, ignore_errors=True)


@contextlib.contextmanager
def session() -> Iterator[Session]:
    with Session() as running:
        yield running
