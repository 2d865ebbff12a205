using Tessera.Reading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Tessera.Case;

/// <summary>Reads case.yaml as the untrusted text it is: within the size bound, decoded as strictly as a source, one document,
/// nesting bounded.</summary>
internal static class YamlText
{
    /// <summary>The file's text, read and decoded exactly as a source is (UTF-8, or UTF-16 with a byte-order mark).</summary>
    public static Result<string> Read(string path, ReadingLimits limits)
    {
        var bytes = DocumentReader.ReadBytes(path, limits.MaxFileBytes);
        return bytes.Ok ? DocumentReader.Decode(path, bytes.Value!) : bytes.Problem!;
    }

    /// <summary>The one document of the text. Its events are walked first: YamlDotNet's event parser keeps its own stack, while
    /// the node tree built after it is recursive, and 100,000 nested brackets would overflow the call stack and end the process.</summary>
    /// <exception cref="ProblemException">Nesting over the bound, or a second document.</exception>
    /// <exception cref="YamlException">Malformed YAML, with its position.</exception>
    public static YamlStream Load(string path, string text, ReadingLimits limits)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, documents = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart start when ++documents > 1:
                    throw new ProblemException(Messages.YamlExtraDocument(path, start.Start.Line));
                case MappingStart or SequenceStart when ++depth > limits.MaxYamlDepth:
                    throw new ProblemException(Messages.YamlTooDeep(path, parser.Current.Start.Line, limits.MaxYamlDepth));
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream;
    }
}
