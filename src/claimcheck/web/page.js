"use strict";
// The page's only script: reads the story (pasted, dropped or opened), posts it to /check
// and shows the report the server rendered. The story's text is never inserted as markup
// here: the server's renderer escapes it, and the page's policy runs no inline script.

const $ = (id) => document.getElementById(id);
let storyName = "";
let downloadUrls = [];

function kindOf(name) {
  const suffix = name.slice(name.lastIndexOf(".")).toLowerCase();
  return { ".md": ".md", ".markdown": ".md", ".html": ".html", ".htm": ".html" }[suffix] || ".txt";
}

async function openStory(file) {
  $("story").value = await file.text();
  storyName = file.name;
  $("kind").value = kindOf(file.name);
}

function offerDownload(link, content, type, name) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  downloadUrls.push(url);
  link.href = url;
  link.download = name;
}

async function checkStory(event) {
  event.preventDefault();
  const status = $("status");
  status.className = "";
  status.textContent = "Checking…";
  const factsFile = $("facts").files[0];
  const base = (storyName || "story").replace(/\.[^.]*$/, "");
  const body = {
    text: $("story").value,
    name: base + $("kind").value,
    date: $("date").value,
    tolerance: $("tolerance").value,
    facts: factsFile ? await factsFile.text() : "",
    facts_name: factsFile ? factsFile.name : "",
  };
  let answer;
  try {
    const response = await fetch("/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    answer = await response.json();
  } catch (error) {
    answer = { error: "the claimcheck server did not answer; is it still running?" };
  }
  downloadUrls.forEach((url) => URL.revokeObjectURL(url));
  downloadUrls = [];
  if (answer.error) {
    status.className = "cc-failed";
    status.textContent = "Error: " + answer.error;
    $("downloads").hidden = true;
    $("results").replaceChildren();
    return;
  }
  status.textContent = answer.summary;
  offerDownload($("download-json"), answer.json, "application/json", base + ".claimcheck.json");
  offerDownload($("download-sarif"), answer.sarif, "application/sarif+json", base + ".sarif");
  $("downloads").hidden = false;
  $("results").innerHTML = answer.html; // rendered and escaped by claimcheck's HTML renderer
}

document.addEventListener("DOMContentLoaded", () => {
  $("story-form").addEventListener("submit", checkStory);
  $("story-file").addEventListener("change", (event) => {
    if (event.target.files[0]) openStory(event.target.files[0]);
  });
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("cc-dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("cc-dragging"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("cc-dragging");
    if (event.dataTransfer.files[0]) openStory(event.dataTransfer.files[0]);
  });
});
