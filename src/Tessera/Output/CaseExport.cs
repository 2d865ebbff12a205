using System.Text;
using Tessera.Analysis;
using Tessera.Case;
using Tessera.Output.Stix;
using Tessera.Output.Tables;

namespace Tessera.Output;

/// <summary>What `tessera export` writes: a STIX 2.1 bundle of the whole case, or one of its tables as CSV or JSON.</summary>
public enum ExportFormat { Stix, Csv, Json }

/// <summary>A case's export in one call; the same case gives the same bytes every time.</summary>
public static class CaseExport
{
    /// <summary>The export's UTF-8 bytes; <paramref name="table"/> picks the table for CSV and JSON and is ignored for STIX.</summary>
    /// <param name="jobs">How many cores the analysis may use; the bytes are the same for any number. Only the analysis the
    /// table reads is run.</param>
    public static byte[] Write(CaseAnalysis analysis, LanguageResources resources, ExportFormat format, TableDefinition table, int jobs = 1) => format switch
    {
        ExportFormat.Stix => StixExport.Bundle(analysis, resources, jobs),
        ExportFormat.Csv => Encoding.UTF8.GetBytes(Csv.Write(table.Build(Findings.OnDemand(analysis, resources, jobs)))),
        _ => TableJson.Write(table.Build(Findings.OnDemand(analysis, resources, jobs))),
    };

    /// <summary>The analyst's corrections: as CSV the audit table, one row per correction; otherwise the corrected claims as
    /// gold JSONL for `tessera eval`, in source and unit order.</summary>
    public static byte[] Corrections(CaseAnalysis analysis, ExportFormat format)
    {
        if (format == ExportFormat.Csv) return Encoding.UTF8.GetBytes(Csv.Write(CaseTables.Corrections(analysis.Case)));
        var text = new StringWriter();
        ClaimJsonl.WriteCorrected(text, analysis.Case.Claims);
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
