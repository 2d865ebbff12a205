using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Tessera.Tests.Reading;

/// <summary>Small generators of hostile input, one per kind: each writes its file (or case folder) into a temp folder and
/// returns the path to read. Sizes are kept small; the bounds the tests read them with are smaller still.</summary>
public static class HostileFiles
{
    public static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    public static string Html(TempFolder dir, string name, string body) => dir.Write(name, "<html><body>" + body + "</body></html>");

    /// <summary>A PDF of the given objects (numbered from 1, the first the catalog) with a correct cross-reference table.</summary>
    public static byte[] Pdf(params byte[][] objects)
    {
        using var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    public static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    public static byte[] Stream(byte[] data, string extra = "")
    {
        var head = Ascii($"<< /Length {data.Length}{extra} >>\nstream\n");
        return [.. head, .. data, .. Ascii("\nendstream")];
    }

    private static readonly byte[] Content = Ascii("BT /F1 12 Tf 40 700 Td (Troops withdrew on Friday.) Tj ET");
    private static readonly byte[] Font = Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    private static byte[] Page(string extra = "") =>
        Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> {extra}>>");

    /// <summary>One page of text, as a well-formed file.</summary>
    public static byte[] OnePagePdf() =>
        Pdf(Ascii("<< /Type /Catalog /Pages 2 0 R >>"), Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), Page(), Stream(Content), Font);

    /// <summary>The page's rotation is object 6, which is only a reference to 7, which is only a reference to 6: PdfPig 0.1.16
    /// follows such a chain without end and overflows the stack.</summary>
    public static byte[] LoopingPdf() =>
        Pdf(Ascii("<< /Type /Catalog /Pages 2 0 R >>"), Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), Page("/Rotate 6 0 R "),
            Stream(Content), Font, Ascii("7 0 R"), Ascii("6 0 R"));

    /// <summary>The page tree's kids are object 6, a bare reference to 7, a bare reference to 6: PdfPig follows it while opening.</summary>
    public static byte[] LoopingKidsPdf() =>
        Pdf(Ascii("<< /Type /Catalog /Pages 2 0 R >>"), Ascii("<< /Type /Pages /Kids [6 0 R] /Count 1 >>"), Page(), Stream(Content), Font,
            Ascii("7 0 R"), Ascii("6 0 R"));

    /// <summary>The same loop packed into a compressed object stream (object 9), found through a cross-reference stream (10),
    /// as PDF 1.5 writers store small objects; nothing of it shows in the file's plain bytes.</summary>
    public static byte[] PackedLoopPdf()
    {
        var header = "6 0 7 6 ";
        var packed = Deflated(Ascii(header + "7 0 R\n6 0 R\n"));
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"), Ascii("<< /Type /Pages /Kids [6 0 R] /Count 1 >>"), Page(), Stream(Content), Font,
        };
        using var pdf = new MemoryStream();
        void Write(byte[] b) => pdf.Write(b);
        Write(Ascii("%PDF-1.5\n"));
        var offsets = new Dictionary<int, long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i + 1] = pdf.Position;
            Write([.. Ascii($"{i + 1} 0 obj\n"), .. objects[i], .. Ascii("\nendobj\n")]);
        }
        offsets[9] = pdf.Position;
        Write([.. Ascii($"9 0 obj\n<< /Type /ObjStm /N 2 /First {header.Length} /Length {packed.Length} /Filter /FlateDecode >>\nstream\n"), .. packed, .. Ascii("\nendstream\nendobj\n")]);
        var xref = pdf.Position;
        offsets[10] = xref;
        var rows = new List<byte>();
        for (var n = 0; n < 11; n++)
        {
            var (type, field2, field3) = n switch
            {
                0 => (0, 0L, 65535),
                6 or 7 => (2, 9L, n - 6),
                _ when offsets.TryGetValue(n, out var o) => (1, o, 0),
                _ => (0, 0L, 0),
            };
            rows.Add((byte)type);
            rows.AddRange([(byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2]);
            rows.AddRange([(byte)(field3 >> 8), (byte)field3]);
        }
        Write([.. Ascii($"10 0 obj\n<< /Type /XRef /Size 11 /W [1 4 2] /Root 1 0 R /Length {rows.Count} >>\nstream\n"), .. rows,
               .. Ascii($"\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n")]);
        return pdf.ToArray();
    }

    private static byte[] Deflated(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(data);
        return packed.ToArray();
    }

    /// <summary>A page whose content stream inflates to <paramref name="megabytes"/> MB of spaces from a few kilobytes.</summary>
    public static byte[] BombPdf(int megabytes)
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(Content);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++) z.Write(spaces);
        }
        return Pdf(Ascii("<< /Type /Catalog /Pages 2 0 R >>"), Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"), Page(),
            Stream(packed.ToArray(), " /Filter /FlateDecode"), Font);
    }

    /// <summary>The same page <paramref name="pages"/> times over.</summary>
    public static byte[] ManyPagesPdf(int pages)
    {
        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{i + 6} 0 R"));
        var objects = new List<byte[]> { Ascii("<< /Type /Catalog /Pages 2 0 R >>"), Ascii($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"), Ascii("null"), Stream(Content), Font };
        for (var i = 0; i < pages; i++) objects.Add(Page());
        return Pdf([.. objects]);
    }

    /// <summary>A FIFO made with mkfifo; null where there is none (Windows).</summary>
    public static string? Fifo(TempFolder dir, string name)
    {
        var path = Path.Combine(dir.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false });
            mkfifo!.WaitForExit();
            return mkfifo.ExitCode == 0 ? path : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>A case folder with the given case.yaml and sources (name, text).</summary>
    public static string CaseFolder(TempFolder dir, string yaml, params (string Name, string Text)[] sources)
    {
        var folder = Path.Combine(dir.Path, "case");
        Directory.CreateDirectory(Path.Combine(folder, "sources"));
        File.WriteAllText(Path.Combine(folder, "case.yaml"), yaml);
        foreach (var (name, text) in sources) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    public static string CaseOf(TempFolder dir, string file) => CaseFolder(dir, $"title: t\nsources:\n  - file: {file}\n");
}
