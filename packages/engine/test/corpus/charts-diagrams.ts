// Charts and diagrams as people ask for them: data in the prompt must become the data on the chart.
import type { CorpusCase } from "./types";

const CASES: CorpusCase[] = [
  { prompt: "bar chart of monthly sales: Jan 120, Feb 150, Mar 90, Apr 200", template: "bar-chart", text: ["Jan", "Feb", "Mar", "Apr", "120", "200"] },
  { prompt: "column chart comparing apples 30, pears 12 and plums 18", template: "bar-chart", text: ["Apples", "30", "Pears", "12"] },
  { prompt: "graph of website visitors per day", template: "bar-chart" },
  { prompt: "histogram of test scores", template: "bar-chart" },
  { prompt: "line chart of stock price over the last year", template: "line-chart" },
  { prompt: "a line graph showing temperature rising over the week", template: "line-chart" },
  { prompt: "trend of active users", template: "line-chart" },
  { prompt: "pie chart of my monthly budget: rent 40, food 25, travel 15, savings 20", template: "pie-chart", text: ["Rent", "40%", "Food", "25%"] },
  { prompt: "donut chart of browser market share", template: "pie-chart" },
  { prompt: "market share of smartphone brands", template: "pie-chart" },
  { prompt: "flowchart for making coffee", template: "flowchart" },
  { prompt: "process diagram: order placed -> payment -> shipping -> delivered", template: "flowchart", text: ["Order Placed", "Payment", "Shipping", "Delivered"] },
  { prompt: "workflow for approving an expense report", template: "flowchart" },
  { prompt: "customer onboarding pipeline", template: "flowchart" },
  { prompt: "project roadmap for 2026 with milestones: Alpha, Beta, Launch", template: "timeline", text: ["Alpha", "Beta", "Launch"] },
  { prompt: "timeline of the history of the internet", template: "timeline" },
  { prompt: "company org chart", template: "org-chart" },
  { prompt: "family tree", template: "org-chart" },
  { prompt: "mind map about healthy habits", template: "mind-map" },
  { prompt: "brainstorm for a birthday party: food, music, games, decorations", template: "mind-map", text: ["Food", "Music", "Games", "Decorations"] },
];

export default CASES;
