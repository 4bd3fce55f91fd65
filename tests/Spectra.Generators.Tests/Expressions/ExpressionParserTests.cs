using Spectra.Generators.Workflows.Expressions;

namespace Spectra.Generators.Tests.Expressions;

/// <summary>The expression grammar: literals, context access, operators with GitHub's precedence, calls, and errors with positions.</summary>
public sealed class ExpressionParserTests
{
    [Theory]
    [InlineData("null", "null")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("711", "711")]
    [InlineData("-9.2", "-9.2")]
    [InlineData("0xff", "255")]
    [InlineData("-2.99e-2", "-0.0299")]
    [InlineData("1E3", "1000")]
    [InlineData(".5", "0.5")]
    [InlineData("+3", "3")]
    [InlineData("0o17", "15")]
    [InlineData("Infinity", "Infinity")]
    [InlineData("NaN", "NaN")]
    [InlineData("'Mona the Octocat'", "'Mona the Octocat'")]
    [InlineData("'It''s open source!'", "'It''s open source!'")]
    [InlineData("''", "''")]
    [InlineData("'{{ not an expression }}'", "'{{ not an expression }}'")]
    public void Literals_parse_to_their_values(string text, string expected) =>
        Assert.Equal(expected, Parse(text));

    [Fact]
    public void Escaped_quote_is_unescaped_in_the_value() =>
        Assert.Equal("It's", Assert.IsType<StringLiteral>(ExpressionParser.Parse("'It''s'").Node).Value);

    [Theory]
    [InlineData("github.event.pull_request.title", "github.event.pull_request.title")]
    [InlineData("needs.build-image.outputs.digest", "needs.build-image.outputs.digest")]
    [InlineData("steps.build.outputs.digest", "steps.build.outputs.digest")]
    [InlineData("github['sha']", "github['sha']")]
    [InlineData("matrix[ 'os' ]", "matrix['os']")]
    [InlineData("github.event.issue.labels.*.name", "github.event.issue.labels.*.name")]
    [InlineData("x[*].name", "x.*.name")]
    [InlineData("a.b[c.d].e", "a.b[c.d].e")]
    [InlineData("fromJSON(steps.s.outputs.json).items[0]", "fromJSON(steps.s.outputs.json).items[0]")]
    [InlineData("(github).sha", "github.sha")]
    [InlineData("x.true", "x.true")]
    public void Context_access_parses_properties_indexes_and_filters(string text, string expected) =>
        Assert.Equal(expected, Parse(text));

    [Theory]
    [InlineData("a || b && c", "(|| a (&& b c))")]
    [InlineData("a && b || c", "(|| (&& a b) c)")]
    [InlineData("a == b && c != d", "(&& (== a b) (!= c d))")]
    [InlineData("a < b == c >= d", "(== (< a b) (>= c d))")]
    [InlineData("!a == b", "(== (! a) b)")]
    [InlineData("!a.b", "(! a.b)")]
    [InlineData("!!a", "(! (! a))")]
    [InlineData("3 < 2 < 1", "(< (< 3 2) 1)")]
    [InlineData("a || b || c", "(|| (|| a b) c)")]
    [InlineData("(a || b) && c", "(&& (|| a b) c)")]
    [InlineData("github.ref == 'refs/heads/main' && 'prod' || 'dev'", "(|| (&& (== github.ref 'refs/heads/main') 'prod') 'dev')")]
    [InlineData("a<=b", "(<= a b)")]
    [InlineData("a>b", "(> a b)")]
    public void Operators_bind_with_githubs_precedence(string text, string expected) =>
        Assert.Equal(expected, Parse(text));

    [Fact]
    public void Minus_starts_a_number_and_inside_a_name_is_part_of_it()
    {
        Assert.Equal("unexpected '-1' (position 3)", Describe(ExpressionParser.Parse("x -1").Error));
        Assert.Equal("build-image", Parse("build-image"));
    }

    [Theory]
    [InlineData("contains(github.ref, 'main')", "contains(github.ref, 'main')")]
    [InlineData("always()", "always()")]
    [InlineData("format('{0}-{1}', a, b)", "format('{0}-{1}', a, b)")]
    [InlineData("toJSON (github)", "toJSON(github)")]
    [InlineData("case(a == 1, 'one', 'other')", "case((== a 1), 'one', 'other')")]
    [InlineData("contains(fromJSON('[\"push\"]'), github.event_name)", "contains(fromJSON('[\"push\"]'), github.event_name)")]
    public void Calls_parse_with_their_arguments(string text, string expected) =>
        Assert.Equal(expected, Parse(text));

    [Fact]
    public void Nodes_carry_their_span_in_the_text()
    {
        var parsed = ExpressionParser.Parse("success() && needs.build.outputs['digest'] != ''");

        var and = Assert.IsType<BinaryOperation>(parsed.Node);
        var comparison = Assert.IsType<BinaryOperation>(and.Right);
        Assert.Equal("needs.build.outputs['digest']", parsed.TextOf(comparison.Left));
        Assert.Equal("success()", parsed.TextOf(and.Left));
    }

    [Fact]
    public void Equal_texts_parse_to_equal_trees() =>
        Assert.Equal(ExpressionParser.Parse("a.b == 'c' && f(1, x[0])").Node, ExpressionParser.Parse("a.b == 'c' && f(1, x[0])").Node);

    [Theory]
    [InlineData("github.ref = 'main'", "'=' is not an operator; compare with '==' (position 12)")]
    [InlineData("a & b", "'&' is not an operator; use '&&' (position 3)")]
    [InlineData("a | b", "'|' is not an operator; use '||' (position 3)")]
    [InlineData("github.event_name == \"push\"", "strings are written in single quotes ('text'), not double quotes (position 22)")]
    [InlineData("'unclosed", "the string is never closed with ' (position 1)")]
    [InlineData("1abc", "'1abc' is not a number (position 1)")]
    [InlineData("a ==", "it ends too early, after '==' (position 5)")]
    [InlineData("(a || b", "'(' is never closed with ')' (position 1)")]
    [InlineData("a)", "unexpected ')' (position 2)")]
    [InlineData("a b", "unexpected 'b' (position 3)")]
    [InlineData("x[0", "expected ']' but found the end of the expression (position 4)")]
    [InlineData("contains(a b)", "expected ',' or ')' in the arguments of 'contains' but found 'b' (position 12)")]
    [InlineData("contains(a,", "the arguments of 'contains' are never closed with ')' (position 9)")]
    [InlineData("a.(b)", "a name or '*' must follow '.', not '(' (position 3)")]
    [InlineData("'a'.length", "'.length' is not a number (position 4)")]
    [InlineData("a$b", "'a$b' is not a name, a number or an operator (position 1)")]
    [InlineData("", "there is no expression between '${{' and '}}' (position 1)")]
    public void Errors_say_what_is_wrong_and_where(string text, string expected)
    {
        var parsed = ExpressionParser.Parse(text);

        Assert.Null(parsed.Node);
        Assert.Equal(expected, Describe(parsed.Error));
    }

    [Fact]
    public void Nesting_deeper_than_githubs_limit_is_an_error()
    {
        var deep = new string('(', ExpressionParser.MaxDepth + 1) + "a" + new string(')', ExpressionParser.MaxDepth + 1);

        Assert.Contains("nested more than 50 levels", ExpressionParser.Parse(deep).Error?.Message, StringComparison.Ordinal);
        Assert.Null(ExpressionParser.Parse(new string('(', 40) + "a" + new string(')', 40)).Error);
    }

    private static string Describe(ExpressionError? error) =>
        error is null ? "no error" : error.Message + " (position " + (error.Position + 1) + ")";

    private static string Parse(string text)
    {
        var parsed = ExpressionParser.Parse(text);
        Assert.True(parsed.Error is null, $"'{text}': {parsed.Error?.Message} at {parsed.Error?.Position}");
        return ExpressionPrinter.Print(parsed.Node!);
    }
}
