using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Spectra.Generators.FuzzTests.Generation;

/// <summary>Edits of a declaration's text that usually break it: what the generator sees while a user types.</summary>
internal static partial class Mutations
{
    private static readonly string[] TypeNames =
    [
        "Job", "Step", "Runner", "Triggers", "Strategy", "Matrix", "ReusableWorkflowJob", "Dictionary<string, string>", "string", "int",
        "object", "Permissions", "Concurrency", "Defaults", "Schedule", "RunStep", "JobBase", "IReadOnlyList<Job>", "Job[]", "dynamic",
    ];

    private static readonly string[] Garbage = ["{", "}", "[", "]", "(", ")", ";", ",", "=", "\"", "'", "@", "$", "<", ">", "/*", "//", "#if X", "\n#endregion", "\\", "=>", "with", "new", "null", "..", "?", "!", "\u0000", "\uD800"];

    public static readonly (string Name, Func<Chooser, string, string> Apply)[] All =
    [
        ("truncate", (c, s) => s[..c.Int(0, s.Length - 1)]),
        ("delete a token", DeleteToken),
        ("swap a type name", SwapTypeName),
        ("duplicate a member", DuplicateMember),
        ("replace a literal", ReplaceLiteral),
        ("insert garbage", (c, s) => s.Insert(c.Int(0, s.Length), c.Pick(Garbage))),
        ("delete a line", DeleteLine),
    ];

    private static string DeleteToken(Chooser choose, string source)
    {
        var token = choose.Pick(Tokens(source));
        return source.Remove(token.SpanStart, token.Span.Length);
    }

    private static string SwapTypeName(Chooser choose, string source)
    {
        var matches = TypeName().Matches(source);
        if (matches.Count == 0)
        {
            return source;
        }

        var match = choose.Pick(matches.ToList());
        return source[..match.Index] + choose.Pick(TypeNames) + source[(match.Index + match.Length)..];
    }

    private static string DuplicateMember(Chooser choose, string source)
    {
        var members = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>()
            .Where(m => m is PropertyDeclarationSyntax or FieldDeclarationSyntax or MethodDeclarationSyntax).ToList();
        if (members.Count == 0)
        {
            return source;
        }

        var member = choose.Pick(members);
        return source.Insert(member.FullSpan.End, member.ToFullString());
    }

    /// <summary>A string literal becomes a value of another type, an odd or unevaluable expression, or another string.</summary>
    private static string ReplaceLiteral(Chooser choose, string source)
    {
        var literals = Tokens(source).Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).ToList();
        if (literals.Count == 0)
        {
            return source;
        }

        var literal = choose.Pick(literals);
        var replacement = choose.Int(0, 5) switch
        {
            0 => choose.Pick(["42", "null", "true", "1.5", "'c'", "new()", "[]", "default", "Access.Read", "InputType.Choice"]),
            1 => choose.Pick(Pools.Odd),
            2 => choose.Pick(Pools.Unevaluable),
            3 => SourceWriter.Literal(choose.Pick(Pools.InvalidIds)),
            4 => SourceWriter.Literal(choose.Pick(Pools.InvalidCrons)),
            _ => SourceWriter.Literal(choose.Pick(Pools.TrickyText)),
        };
        return source.Remove(literal.SpanStart, literal.Span.Length).Insert(literal.SpanStart, replacement);
    }

    private static string DeleteLine(Chooser choose, string source)
    {
        var lines = source.Split('\n').ToList();
        lines.RemoveAt(choose.Int(0, lines.Count - 1));
        return string.Join('\n', lines);
    }

    private static List<SyntaxToken> Tokens(string source) =>
        [.. CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0)];

    [GeneratedRegex(@"\b(Job|Step|Runner|Triggers|Strategy|Matrix|ReusableWorkflowJob|Dictionary<string, string>|string|Permissions|Concurrency|Defaults|DeploymentEnvironment)\b")]
    private static partial Regex TypeName();
}
